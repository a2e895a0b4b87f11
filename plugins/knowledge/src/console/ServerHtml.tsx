// The server's rendered markdown (sanitised on the server, documented as safe to insert as is).

/** Styles for the server-rendered markdown (headings, code, tables, quotes). */
export const BODY_CSS = `.knowledge-body { font-size: 15px; line-height: 1.75; overflow-wrap: anywhere; }
.knowledge-body h1, .knowledge-body h2, .knowledge-body h3 { margin: 1.2em 0 .5em; font-weight: 600; }
.knowledge-body pre { background: rgba(127,127,127,.1); padding: 12px; border-radius: 6px; overflow: auto; }
.knowledge-body code { background: rgba(127,127,127,.12); padding: 0 4px; border-radius: 4px; }
.knowledge-body pre code { background: none; padding: 0; }
.knowledge-body blockquote { border-left: 3px solid rgba(127,127,127,.35); margin: 0; padding-left: 12px; color: rgba(127,127,127,1); }
.knowledge-body table { border-collapse: collapse; } .knowledge-body td, .knowledge-body th { border: 1px solid rgba(127,127,127,.3); padding: 4px 8px; }`;

/** HTML the server rendered from markdown and sanitised ("safe to insert as is"). */
export function ServerHtml({ html, testId }: { html: string; testId: string }) {
  return <div className="knowledge-body" data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
