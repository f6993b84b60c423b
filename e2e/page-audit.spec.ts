// The page-quality audit catches each defect it is meant to catch, and passes a clean page: a
// check that cannot fail would prove nothing.
import { expect, test } from '@playwright/test';
import { auditPage, type Rule } from './support/page-audit';

const rulesFound = async (page: import('@playwright/test').Page, body: string): Promise<Rule[]> => {
  await page.setContent(`<!doctype html><html><body style="margin:0;font:16px 'DejaVu Sans',sans-serif">${body}</body></html>`);
  const findings = await page.evaluate(auditPage, { skipCanvasOverlap: true });
  return [...new Set(findings.map((f) => f.rule))].sort();
};

test('a clean page has no findings', async ({ page }) => {
  expect(
    await rulesFound(
      page,
      `<main><h1>Title</h1><p>One paragraph of ordinary text for the learner.</p><p>Another, different paragraph.</p>
       <pre style="overflow-x:auto;width:100px">a very long line of code that scrolls sideways on purpose</pre>
       <div style="overflow:auto;height:40px"><p>Scrolled text one</p><p>Scrolled text two</p><p>Scrolled text three</p></div>
       <p>Hidden below: <span class="visually-hidden" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">sr only</span></p></main>`,
    ),
  ).toEqual([]);
});

test('each kind of defect is found', async ({ page }) => {
  expect(await rulesFound(page, '<p>Launch configurations are historical.Launch configurations are historical.</p>')).toEqual([
    'duplicate',
  ]);
  expect(await rulesFound(page, '<p>The same sentence printed twice.</p><p>The same sentence printed twice.</p>')).toEqual(['duplicate']);
  expect(await rulesFound(page, '<div style="width:3000px">wide</div>')).toEqual(['overflow']);
  expect(await rulesFound(page, '<div style="width:200px;overflow-x:auto"><div style="width:400px">a wide panel</div></div>')).toEqual([
    'overflow',
  ]);
  expect(
    await rulesFound(
      page,
      '<div style="width:120px;overflow:hidden;white-space:nowrap">Move to trash and more words that do not fit</div>',
    ),
  ).toEqual(['clipped']);
  expect(
    await rulesFound(
      page,
      '<div style="width:200px;overflow:hidden;white-space:nowrap"><span style="display:inline-block;width:190px"></span><button>Trash</button></div>',
    ),
  ).toContain('clipped');
  expect(
    await rulesFound(
      page,
      '<div style="position:relative"><span style="position:absolute;top:0;left:0">Label one</span><span style="position:absolute;top:2px;left:10px">Label two</span></div>',
    ),
  ).toEqual(['overlap']);
  expect(
    await rulesFound(
      page,
      '<svg width="300" height="100"><text x="10" y="40">First label</text><text x="30" y="42">Second label</text></svg>',
    ),
  ).toEqual(['overlap']);
  expect(
    await rulesFound(
      page,
      '<svg width="300" height="100"><foreignObject width="60" height="24"><div style="display:inline-block;white-space:nowrap"><span class="nodeLabel">Application Load Balancer</span></div></foreignObject></svg>',
    ),
  ).toEqual(['truncated-label']);
  expect(
    await rulesFound(
      page,
      '<svg width="300" height="100"><foreignObject width="60" height="24">Application Load Balancer</foreignObject></svg>',
    ),
  ).toEqual(['truncated-label']);
  expect(await rulesFound(page, '<svg width="100" height="40"><text x="80" y="20">December</text></svg>')).toEqual(['clipped']);
  expect(
    await rulesFound(
      page,
      '<div class="table-scroll" style="overflow-x:auto;width:300px;position:relative"><table><caption style="position:absolute;left:280px;width:200px;overflow:hidden;height:1px">Hidden caption</caption><tr><td>1</td></tr></table></div>',
    ),
  ).toEqual(['overflow']);
  expect(await rulesFound(page, '<p>Pinned \u{1F4CC}</p>')).toEqual(['missing-glyph']);
});

test('text under an opaque dialog, or scrolled out of its panel, is not an overlap', async ({ page }) => {
  expect(
    await rulesFound(
      page,
      `<p style="margin:0">Page text that the dialog covers up</p>
       <div role="dialog" style="position:fixed;top:0;left:0;width:400px;background:white"><p style="margin:0">Dialog text</p></div>
       <div style="position:fixed;top:100px;left:0;width:300px;height:30px;overflow:auto;background:white">
         <p style="margin:0;height:30px">Visible row</p><p style="margin:0">Scrolled-away row</p></div>
       <p style="position:fixed;top:132px;left:0;margin:0">Text below the panel</p>`,
    ),
  ).toEqual([]);
});
