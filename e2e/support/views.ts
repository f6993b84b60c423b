// Every main view as a route: the accessibility checks visit each, and so does the heap benchmark.
export const MAIN_VIEW_ROUTES = [
  '#/today',
  '#/library',
  '#/library/kms',
  '#/diagrams',
  '#/diagrams/cross-account-codepipeline',
  '#/quiz/practice',
  '#/quiz/mock',
  '#/quiz/review',
  '#/notes',
  '#/stats',
] as const;
