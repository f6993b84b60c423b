// Review-card ids: a question card is the question's id; a diagram-node card (from drills) is
// "diagram#node". Built and taken apart only here, so the format has one definition.

export type CardRef = { kind: 'question'; questionId: string } | { kind: 'diagram'; diagramId: string; nodeId: string };

export const diagramCardId = (diagramId: string, nodeId: string): string => `${diagramId}#${nodeId}`;

/** Splits at the first '#': an id without one is a question's. */
export function parseCardId(cardId: string): CardRef {
  const hash = cardId.indexOf('#');
  return hash < 0
    ? { kind: 'question', questionId: cardId }
    : { kind: 'diagram', diagramId: cardId.slice(0, hash), nodeId: cardId.slice(hash + 1) };
}

/** The diagram a card belongs to, or undefined for a question card. */
export function cardDiagramId(cardId: string): string | undefined {
  const ref = parseCardId(cardId);
  return ref.kind === 'diagram' ? ref.diagramId : undefined;
}
