/* GraphiQL for /graphql, with the explorer plugin and a field for the user's API key.
 *
 * The key goes out as `Authorization: Bearer KEY` on every request GraphiQL makes, the
 * schema's introspection included, and is kept in this tab's sessionStorage only. An
 * Authorization header set in GraphiQL's own Headers tab wins over the field.
 */
(function () {
  "use strict";

  const ENDPOINT = "/graphql";
  const KEY_STORAGE = "commitgraph.apiKey";
  const DEFAULT_QUERY = `# Which initiatives involve both France and Iraq, and who takes part?
# Run it with the play button or Ctrl-Enter; the Explorer (compass, left) builds queries
# by ticking fields, and the Docs (book) list every type.
#
# Reads need an API key unless the server allows anonymous reads (as \`make run\` does):
# paste yours in "API key" above, or put {"Authorization": "Bearer KEY"} in Headers below.
{
  initiatives(filter: {countries: ["FR", "IQ"]}) {
    totalCount
    nodes {
      id
      name
      participants {
        role
        actor { id name }
      }
    }
  }
}
`;

  const h = React.createElement;

  function storedKey() {
    try {
      return window.sessionStorage.getItem(KEY_STORAGE) || "";
    } catch (error) {
      return "";
    }
  }

  function storeKey(key) {
    try {
      if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
      else window.sessionStorage.removeItem(KEY_STORAGE);
    } catch (error) {
      /* storage refused (private mode): the key lives in the page only */
    }
  }

  function hasAuthorization(headers) {
    return Object.keys(headers).some((name) => name.toLowerCase() === "authorization");
  }

  function makeFetcher(key) {
    return async function fetcher(params, options) {
      const headers = Object.assign(
        {
          "Content-Type": "application/json",
          Accept: "application/graphql-response+json, application/json",
        },
        (options && options.headers) || {},
      );
      if (key && !hasAuthorization(headers)) headers.Authorization = "Bearer " + key;
      const response = await fetch(ENDPOINT, {
        method: "POST",
        headers: headers,
        body: JSON.stringify(params),
        credentials: "same-origin",
      });
      return response.json();
    };
  }

  function sharedQuery() {
    const query = new URLSearchParams(window.location.search).get("q");
    return query || undefined;
  }

  function App() {
    const [key, setKey] = React.useState(storedKey);
    const fetcher = React.useMemo(() => makeFetcher(key.trim()), [key]);
    const explorer = React.useMemo(() => GraphiQLPluginExplorer.explorerPlugin(), []);
    const shared = React.useMemo(sharedQuery, []);

    function onKey(event) {
      setKey(event.target.value);
      storeKey(event.target.value.trim());
    }

    return h(
      React.Fragment,
      null,
      h(
        "div",
        { className: "cg-keybar" },
        h("label", { htmlFor: "cg-api-key" }, "API key"),
        h("input", {
          id: "cg-api-key",
          type: "password",
          autoComplete: "off",
          spellCheck: false,
          placeholder: "cg_… (from commitgraph keys create)",
          value: key,
          onChange: onKey,
        }),
        h(
          "span",
          { className: "cg-hint" },
          "sent as Authorization: Bearer, kept in this tab only · ",
          h("a", { href: "/docs" }, "REST API"),
          " · ",
          h("a", { href: "/graphql/schema.graphql" }, "schema (SDL)"),
        ),
      ),
      h(
        "div",
        { className: "cg-ide" },
        h(GraphiQL, {
          fetcher: fetcher,
          defaultQuery: DEFAULT_QUERY,
          query: shared,
          plugins: [explorer],
          defaultEditorToolsVisibility: true,
          isHeadersEditorEnabled: true,
          shouldPersistHeaders: false,
          inputValueDeprecation: true,
        }),
      ),
    );
  }

  ReactDOM.createRoot(document.getElementById("graphiql")).render(h(App));
})();
