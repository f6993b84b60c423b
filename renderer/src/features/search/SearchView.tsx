// The full results page, grouped by kind.
import type { SearchHit } from '@common/contract';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { Snippet } from './Snippet';
import { hitHref, hitTitle, KIND_LABEL } from './search-links';
import './search.css';

export function SearchView({ query }: { query: string }) {
  const { data, error, loading, reload } = useAsync(() => api['search.query']({ query, limit: 100 }), [query]);
  const groups = new Map<SearchHit['kind'], SearchHit[]>();
  for (const hit of data ?? []) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return (
    <div className="page">
      <h1>Search</h1>
      <form
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          const q = new FormData(e.currentTarget).get('q');
          navigate({ view: 'search', query: String(q ?? '') });
        }}
      >
        <input name="q" type="search" defaultValue={query} aria-label="Search" key={query} />
        <button type="submit">Search</button>
      </form>
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {loading && <Loading what="results" />}
      {data && data.length === 0 && <p>No results for “{query}”.</p>}
      {[...groups].map(([kind, hits]) => (
        <section key={kind} aria-label={KIND_LABEL[kind]}>
          <h2>
            {KIND_LABEL[kind]} ({hits.length})
          </h2>
          <ul className="results">
            {hits.map((hit) => (
              <li key={hit.id}>
                <a href={hitHref(hit, query)}>{hitTitle(hit)}</a>
                <p>
                  <Snippet text={hit.snippet} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
