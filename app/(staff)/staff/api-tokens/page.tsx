// The manager's API tokens: what integrations use to call the REST API as a staff member; made, listed and revoked here.
import { getTranslations } from "next-intl/server";
import { When } from "@/components/format";
import { requireManagerPage } from "@/app/_server/manager-page";
import { listApiTokens, listTokenOwners, type ApiTokenRow } from "@/server/auth/api-tokens";
import { getPropertyTimeZone } from "@/server/property/settings";
import { CreateTokenForm, RevokeTokenButton } from "./token-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("staff.apiTokens"))("title") };
}

export default async function ApiTokensPage() {
  // The layout lets every staff member in; this page is the manager's (others see "not found").
  const staff = await requireManagerPage();
  const [t, tokens, owners, timeZone] = await Promise.all([
    getTranslations("staff.apiTokens"),
    listApiTokens(staff.propertyId),
    listTokenOwners(staff.propertyId),
    getPropertyTimeZone(staff.propertyId),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-stone-700">{t("intro")}</p>
        <p className="mt-1">
          <a href="/api/v1/openapi.json" className="font-semibold text-brand-700 underline">
            {t("docs")}
          </a>
        </p>
      </div>
      <CreateTokenForm owners={owners} selfId={staff.staffId} />
      <TokenList tokens={tokens} timeZone={timeZone} labels={{
        title: t("list.title"),
        empty: t("list.empty"),
        name: t("list.name"),
        actingAs: t("list.actingAs"),
        created: t("list.created"),
        lastUsed: t("list.lastUsed"),
        status: t("list.status"),
        never: t("list.never"),
        active: t("list.active"),
        revoked: t("list.revoked"),
        accountDisabled: t("list.accountDisabled"),
        actions: t("list.actions"),
      }} />
    </div>
  );
}

type Labels = Record<"title" | "empty" | "name" | "actingAs" | "created" | "lastUsed" | "status" | "never" | "active" | "revoked" | "accountDisabled" | "actions", string>;

function TokenList({ tokens, timeZone, labels }: { tokens: ApiTokenRow[]; timeZone: string; labels: Labels }) {
  return (
    <section aria-labelledby="tokens-title" className="rounded-2xl bg-white p-4 shadow-sm sm:p-5">
      <h2 id="tokens-title" className="text-lg font-semibold">
        {labels.title}
      </h2>
      {tokens.length === 0 ? (
        <p className="mt-2 text-stone-700">{labels.empty}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left">
            <thead className="border-b border-stone-300 text-sm text-stone-700">
              <tr>
                <th scope="col" className="py-2 pr-4">{labels.name}</th>
                <th scope="col" className="py-2 pr-4">{labels.actingAs}</th>
                <th scope="col" className="py-2 pr-4">{labels.created}</th>
                <th scope="col" className="py-2 pr-4">{labels.lastUsed}</th>
                <th scope="col" className="py-2 pr-4">{labels.status}</th>
                <th scope="col" className="py-2"><span className="sr-only">{labels.actions}</span></th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-stone-200 align-top last:border-0">
                  <th scope="row" className="py-2 pr-4 font-semibold">{token.name}</th>
                  <td className="py-2 pr-4">{token.staffName}</td>
                  <td className="py-2 pr-4"><When value={token.createdAt} timeZone={timeZone} /></td>
                  <td className="py-2 pr-4">{token.lastUsedAt ? <When value={token.lastUsedAt} timeZone={timeZone} /> : labels.never}</td>
                  <td className="py-2 pr-4">
                    {token.revokedAt ? (
                      <>
                        {labels.revoked} <When value={token.revokedAt} timeZone={timeZone} />
                      </>
                    ) : token.staffActive ? (
                      labels.active
                    ) : (
                      labels.accountDisabled
                    )}
                  </td>
                  <td className="py-2">{!token.revokedAt && <RevokeTokenButton id={token.id} name={token.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
