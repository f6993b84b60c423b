// The keyboard for the question on screen (useAnswerKeys), and the one line under it that says
// which keys do what right now: "1–4 or A–D choose · Enter check · F flag", then "1–4 grade ·
// Enter next" once a review shows its answer.

import { keyCaps } from '@common/commands';
import { Fragment, type ReactNode } from 'react';
import { isMac } from '../../app/useCommandKeys';
import { type AnswerKeyHandlers, OPTION_LETTERS, useAnswerKeys } from './useAnswerKeys';
import './answer-keys.css';

export function AnswerKeys({ enterLabel, ...handlers }: AnswerKeyHandlers & { enterLabel: string }) {
  useAnswerKeys(handlers);
  const { optionIds, checked, onFlag, onGrade } = handlers;
  const letters = OPTION_LETTERS.slice(0, optionIds.length);
  const enter = <kbd>{keyCaps('Enter', isMac()).join(' ')}</kbd>;
  const parts: ReactNode[] = [];
  if (!checked && optionIds.length > 0) {
    parts.push(
      <>
        <Range from="1" to={String(optionIds.length)} />
        {letters.length > 0 && (
          <>
            {' or '}
            <Range from={letters[0]?.toUpperCase() ?? ''} to={letters.at(-1)?.toUpperCase() ?? ''} />
          </>
        )}{' '}
        choose
      </>,
    );
  }
  if (checked && onGrade) parts.push(<>{<Range from="1" to="4" />} grade</>);
  parts.push(
    <>
      {enter} {enterLabel}
    </>,
  );
  if (onFlag) parts.push(<>{<kbd>F</kbd>} flag</>);
  return (
    <p className="answer-keys" data-testid="answer-keys">
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts are few and never reorder
        <Fragment key={i}>
          {i > 0 && ' · '}
          {part}
        </Fragment>
      ))}
    </p>
  );
}

function Range({ from, to }: { from: string; to: string }) {
  if (from === to) return <kbd>{from}</kbd>;
  return (
    <>
      <kbd>{from}</kbd>–<kbd>{to}</kbd>
    </>
  );
}
