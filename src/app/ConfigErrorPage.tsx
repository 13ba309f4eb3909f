// Shown instead of the console when /config.json is missing or wrong: says what to fix, in plain words.
export function ConfigErrorPage({ problems }: { problems: string[] }) {
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: 720, margin: "10vh auto", padding: 24 }}>
      <h1>The console is not configured correctly</h1>
      <p>
        <code>/config.json</code> has these problems:
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p>
        It needs <code>authority</code> (https URL of the identity provider), <code>clientId</code>, <code>scopes</code> (e.g.{" "}
        <code>["itwin-platform"]</code>) and <code>apiBaseUrl</code>. See the README, section “Run against Bentley”.
      </p>
    </main>
  );
}
