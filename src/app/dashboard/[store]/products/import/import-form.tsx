"use client";

import { useId, useState } from "react";
import type { TApplyResult, TDryRunResult, TImportIssue, TImportProgress } from "@/server/catalog-csv";

type TState =
  | { step: "idle" }
  | { step: "checking" }
  | { step: "checked"; result: TDryRunResult }
  | { step: "applying"; progress: TImportProgress | null }
  | { step: "applied"; result: TApplyResult }
  | { step: "failed"; message: string; issues?: TImportIssue[] };

type TErrorBody = { error?: { message?: string; details?: { issues?: TImportIssue[] } } };

const button =
  "rounded-md px-4 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:cursor-not-allowed disabled:opacity-60";

function Summary({ summary }: { summary: TDryRunResult["summary"] }) {
  const { products, variants } = summary;
  return (
    <p className="text-sm text-gray-800">
      {summary.rows.toLocaleString("en")} rows: {products.created.toLocaleString("en")} products to create, {products.updated.toLocaleString("en")} to update,{" "}
      {products.unchanged.toLocaleString("en")} unchanged; variants {variants.created.toLocaleString("en")} new, {variants.updated.toLocaleString("en")} changed,{" "}
      {variants.deleted.toLocaleString("en")} removed.
    </p>
  );
}

function IssueTable({ issues }: { issues: TImportIssue[] }) {
  return (
    <div className="mt-3 max-h-[32rem] overflow-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Rows that cannot be imported</caption>
        <thead className="sticky top-0 bg-gray-50 text-xs uppercase tracking-wide text-gray-600">
          <tr>
            <th scope="col" className="px-3 py-2">Line</th>
            <th scope="col" className="px-3 py-2">Row</th>
            <th scope="col" className="px-3 py-2">Handle</th>
            <th scope="col" className="px-3 py-2">SKU</th>
            <th scope="col" className="px-3 py-2">Reasons</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {issues.map((issue) => (
            <tr key={issue.line}>
              <td className="px-3 py-2 tabular-nums">{issue.line}</td>
              <td className="px-3 py-2 tabular-nums">{issue.row ?? ""}</td>
              <td className="px-3 py-2 font-mono text-xs">{issue.handle}</td>
              <td className="px-3 py-2 font-mono text-xs">{issue.sku}</td>
              <td className="px-3 py-2">
                <ul className="list-disc pl-4">
                  {issue.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function errorOf(response: Response): Promise<TState> {
  const body = (await response.json().catch(() => ({}))) as TErrorBody;
  return { step: "failed", message: body.error?.message ?? `The server answered ${response.status}`, issues: body.error?.details?.issues };
}

/**
 * Sends the chosen file to the admin import API (dashboard session + ?store=): first as a dry
 * run, whose report is shown; then, when it has no bad rows, as the apply, whose progress
 * arrives as JSON lines and drives the progress bar.
 */
export function ImportForm({ storeSlug }: { storeSlug: string }) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<TState>({ step: "idle" });
  const endpoint = (mode: "dry-run" | "apply") => `/api/v1/admin/products/import?store=${encodeURIComponent(storeSlug)}&mode=${mode}`;

  async function check() {
    if (!file) return;
    setState({ step: "checking" });
    try {
      const response = await fetch(endpoint("dry-run"), { method: "POST", headers: { "content-type": "text/csv" }, body: file });
      setState(response.ok ? { step: "checked", result: (await response.json()) as TDryRunResult } : await errorOf(response));
    } catch {
      setState({ step: "failed", message: "The file could not be sent: check your connection and try again." });
    }
  }

  async function apply() {
    if (!file) return;
    setState({ step: "applying", progress: null });
    try {
      const response = await fetch(endpoint("apply"), { method: "POST", headers: { "content-type": "text/csv", accept: "application/x-ndjson" }, body: file });
      if (!response.ok || !response.body) return setState(await errorOf(response));
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line) as ({ type: "progress" } & TImportProgress) | ({ type: "result" } & TApplyResult) | ({ type: "error" } & TErrorBody);
          if (message.type === "progress") setState({ step: "applying", progress: message });
          else if (message.type === "result") setState({ step: "applied", result: message });
          else setState({ step: "failed", message: message.error?.message ?? "The import failed; nothing was written.", issues: message.error?.details?.issues });
        }
      }
    } catch {
      setState({ step: "failed", message: "The connection was lost during the import. Export the products to see whether it was applied." });
    }
  }

  const busy = state.step === "checking" || state.step === "applying";
  const progress = state.step === "applying" ? state.progress : null;
  return (
    <section aria-labelledby="upload-heading" className="space-y-4">
      <h2 id="upload-heading" className="text-lg font-semibold">
        Upload a file
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium text-gray-900">
            CSV file
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setState({ step: "idle" });
            }}
            className="mt-1 block text-sm"
          />
        </div>
        <button type="button" onClick={check} disabled={!file || busy} className={`${button} bg-gray-900 text-white hover:bg-gray-700`}>
          {state.step === "checking" ? "Checking…" : "Check file (dry run)"}
        </button>
      </div>

      <div aria-live="polite" className="space-y-3">
        {state.step === "checked" && state.result.valid ? (
          <div className="space-y-3 rounded-lg border border-green-200 bg-green-50 p-4">
            <p className="text-sm font-medium text-green-900">No problems found. Nothing has been written yet.</p>
            <Summary summary={state.result.summary} />
            <button type="button" onClick={apply} className={`${button} bg-gray-900 text-white hover:bg-gray-700`}>
              Apply import
            </button>
          </div>
        ) : null}
        {state.step === "checked" && !state.result.valid ? (
          <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4">
            <p className="text-sm font-medium text-red-900">
              {state.result.issues.length.toLocaleString("en")} row{state.result.issues.length === 1 ? "" : "s"} cannot be imported. Nothing was written: fix
              them and check the file again.
            </p>
            <IssueTable issues={state.result.issues} />
          </div>
        ) : null}
        {state.step === "applying" ? (
          <div className="space-y-2">
            <label htmlFor={`${inputId}-progress`} className="block text-sm font-medium">
              {progress?.phase === "writing" ? `Writing products: ${progress.done.toLocaleString("en")} of ${progress.total.toLocaleString("en")}` : "Checking the file again…"}
            </label>
            <progress
              id={`${inputId}-progress`}
              className="h-3 w-full max-w-xl"
              max={progress?.phase === "writing" ? Math.max(progress.total, 1) : undefined}
              value={progress?.phase === "writing" ? progress.done : undefined}
            />
          </div>
        ) : null}
        {state.step === "applied" ? (
          <div role="status" className="space-y-2 rounded-lg border border-green-200 bg-green-50 p-4">
            <p className="text-sm font-medium text-green-900">Import applied in {(state.result.elapsedMs / 1000).toFixed(1)} s.</p>
            <Summary summary={state.result.summary} />
          </div>
        ) : null}
        {state.step === "failed" ? (
          <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4">
            <p className="text-sm font-medium text-red-900">{state.message}</p>
            {state.issues?.length ? <IssueTable issues={state.issues} /> : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
