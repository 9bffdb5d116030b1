"use client";
// Upload or paste a PMS export, see what it would do (new, updated, problems by line), then import it all or nothing.
import { useActionState, useRef, useState, startTransition } from "react";
import { useTranslations } from "next-intl";
import { useErrorText, useFailureText } from "@/components/field";
import { importStaysAction } from "@/app/(staff)/staff/stays/actions";
import type { ActionResult } from "@/app/_server/action";
import type { ImportOutcome } from "@/server/stays/import-stays";
import { stayErrorKey } from "./error-keys";

type State = { result: ActionResult<ImportOutcome>; version: number; mode: string } | null;

const buttonBase = "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 font-semibold disabled:opacity-60";

export function ImportForm() {
  const t = useTranslations("staff.stays.import");
  const failureText = useFailureText();
  const errorText = useErrorText();
  // Any change to the file or the text makes an earlier check stale.
  const [version, setVersion] = useState(0);
  const [text, setText] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<State, { form: FormData; version: number; mode: string }>(
    async (_prev, { form, version, mode }) => ({ result: await importStaysAction(null, form), version, mode }),
    null,
  );
  const [pendingMode, setPendingMode] = useState<string | null>(null);

  function submit(mode: "preview" | "import") {
    const form = new FormData(formRef.current!);
    form.set("mode", mode);
    setPendingMode(mode);
    startTransition(() => dispatch({ form, version, mode }));
  }

  const result = state?.result;
  const outcome = result?.ok ? result.data : null;
  const current = state?.version === version;
  const fileError = result && !result.ok ? result.fieldErrors?.file?.[0] : undefined;
  const otherError = result && !result.ok && !fileError ? failureText(result) : null;
  const canImport = current && outcome && !outcome.imported && outcome.errors.length === 0 && outcome.rows > 0;

  return (
    <div className="space-y-4">
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit("preview");
        }}
        className="space-y-4 rounded-2xl bg-white p-4 shadow-sm sm:p-6"
      >
        <div>
          <label htmlFor="import-file" className="block font-medium">
            {t("file")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby={fileError ? "import-file-error" : undefined}
            aria-invalid={!!fileError}
            onChange={() => setVersion((v) => v + 1)}
            className="mt-1 block w-full text-base file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-400 file:bg-white file:px-4 file:font-semibold"
          />
          {fileError && (
            <p id="import-file-error" className="mt-1 text-sm font-medium text-red-800">
              {errorText(stayErrorKey(fileError))}
            </p>
          )}
        </div>
        <p className="text-stone-700">{t("or")}</p>
        <div>
          <label htmlFor="import-text" className="block font-medium">
            {t("paste")}
          </label>
          <textarea
            id="import-text"
            name="text"
            rows={6}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setVersion((v) => v + 1);
            }}
            spellCheck={false}
            className="mt-1 block w-full rounded-lg border border-stone-400 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" disabled={pending} className={`${buttonBase} border border-stone-400 bg-white hover:bg-stone-50`}>
            {pending && pendingMode === "preview" ? t("checking") : t("check")}
          </button>
          {canImport && (
            <button type="button" disabled={pending} onClick={() => submit("import")} className={`${buttonBase} bg-brand-600 text-white hover:bg-brand-700`}>
              {pending && pendingMode === "import" ? t("importing") : t("confirm", { count: outcome.rows })}
            </button>
          )}
        </div>
      </form>

      <div role="status" aria-live="polite" className="space-y-3 empty:hidden">
        {otherError && <p className="rounded-lg bg-red-50 p-3 font-medium text-red-900">{otherError}</p>}
        {outcome?.imported && (
          <p className="rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900">{t("done", { created: outcome.created, updated: outcome.updated })}</p>
        )}
        {outcome && !outcome.imported && outcome.errors.length === 0 && (
          <p className="rounded-lg bg-sky-50 p-3 font-medium text-sky-950">{t("preview", { created: outcome.created, updated: outcome.updated })}</p>
        )}
        {outcome && outcome.errors.length > 0 && (
          <p className="rounded-lg bg-red-50 p-3 font-medium text-red-900">{t("problems", { count: outcome.errors.length })}</p>
        )}
      </div>

      {outcome && outcome.errors.length > 0 && (
        <table className="w-full rounded-2xl bg-white text-left shadow-sm" data-testid="import-errors">
          <caption className="sr-only">{t("problemsCaption")}</caption>
          <tbody>
            {outcome.errors.slice(0, 200).map((e, i) => (
              <tr key={i} className="border-t border-stone-200 first:border-t-0">
                <th scope="row" className="whitespace-nowrap px-3 py-2 font-semibold">
                  {e.line === null ? t("wholeFile") : t("line", { line: e.line })}
                </th>
                <td className="px-3 py-2 font-mono text-sm">{e.column ?? ""}</td>
                <td className="px-3 py-2">{errorText(stayErrorKey(e.key))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
