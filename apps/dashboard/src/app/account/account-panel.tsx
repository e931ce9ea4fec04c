"use client";

import { MIN_PASSWORD_LENGTH } from "@marsad/schema/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../trpc/react";
import { HeaderRow, MutationError, SubmitActions, TextField } from "../_components/form-parts";
import { LocalTime } from "../_components/local-time";
import { LoadError, Loading } from "../_components/query-state";
import { T } from "../_components/t";

export function AccountPanel() {
  const trpc = useTRPC();
  const me = useQuery(trpc.account.me.queryOptions());
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError what={{ ar: "الحساب", en: "the account" }} error={me.error} retry={() => void me.refetch()} />;
  if (me.data.kind !== "user")
    return (
      <p className="panel muted">
        <T ar="لا حساب: لا يوجد مستخدمون بعد." en="No account: there are no users yet." />
      </p>
    );
  return (
    <>
      <p className="lead">
        <span dir="ltr">{me.data.username}</span> · <span data-testid="account-role">{me.data.role}</span>
      </p>
      <ApiTokens />
      <ChangePassword />
    </>
  );
}

const TOKEN_COLUMNS = [
  { ar: "الاسم", en: "Name" },
  { ar: "البداية", en: "Starts with" },
  { ar: "أُنشئ", en: "Created" },
  { ar: "آخر استعمال", en: "Last used" },
  { ar: "الحالة", en: "State" },
];

function ApiTokens() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const tokens = useQuery(trpc.account.tokens.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.account.tokens.pathFilter());
  const create = useMutation(
    trpc.account.createToken.mutationOptions({
      onSuccess: async () => {
        setName("");
        await refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.account.revokeToken.mutationOptions({ onSuccess: refresh }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ name });
  }

  return (
    <div className="panel">
      <h2>
        <T ar="مفاتيح الواجهة البرمجية" en="API tokens" />
      </h2>
      <p className="muted">
        <T
          ar="يعمل المفتاح بصلاحيات حسابك على /api/v1، في الترويسة Authorization: Bearer."
          en="A token acts with your role on /api/v1, sent as Authorization: Bearer."
        />
      </p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          id="token-name"
          label={{ ar: "اسم المفتاح (ما الذي سيستعمله؟)", en: "Token name (what will use it?)" }}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={100}
          required
        />
        <MutationError error={create.error} />
        <SubmitActions label={{ ar: "إنشاء مفتاح", en: "Create token" }} disabled={create.isPending} />
      </form>
      {create.data ? (
        <div className="new-token" role="status">
          <p>
            <T ar="انسخ المفتاح الآن؛ لن يظهر مرة أخرى:" en="Copy the token now; it is not shown again:" />
          </p>
          <code dir="ltr" data-testid="new-token">
            {create.data.token}
          </code>
        </div>
      ) : null}
      <MutationError error={revoke.error} />
      {tokens.isPending ? <Loading /> : null}
      {tokens.isError ? <LoadError what={{ ar: "المفاتيح", en: "the tokens" }} error={tokens.error} retry={() => void tokens.refetch()} /> : null}
      {tokens.data?.length === 0 ? (
        <p className="muted">
          <T ar="لا مفاتيح بعد." en="No tokens yet." />
        </p>
      ) : null}
      {tokens.data?.length ? (
        <table className="data-table">
          <HeaderRow columns={TOKEN_COLUMNS} />
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id} data-testid="token-row">
                <td dir="auto">{token.name}</td>
                <td dir="ltr">
                  <code>{token.prefix}…</code>
                </td>
                <td>
                  <LocalTime value={token.createdAt} />
                </td>
                <td>{token.lastUsedAt ? <LocalTime value={token.lastUsedAt} /> : "—"}</td>
                <td>
                  {token.revokedAt ? (
                    <T ar="مُلغى" en="revoked" sep="/" />
                  ) : (
                    <button type="button" onClick={() => revoke.mutate({ id: token.id })} disabled={revoke.isPending}>
                      <T ar="إلغاء" en="Revoke" />
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function ChangePassword() {
  const trpc = useTRPC();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  // Changing the password ends every session, this one too: go and sign in with the new one.
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({ onSuccess: () => window.location.assign("/sign-in?signedOut=1") }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    change.mutate({ currentPassword, newPassword });
  }

  return (
    <form className="panel form" onSubmit={onSubmit} noValidate>
      <h2>
        <T ar="تغيير كلمة المرور" en="Change password" />
      </h2>
      <TextField
        id="current-password"
        label={{ ar: "كلمة المرور الحالية", en: "Current password" }}
        type="password"
        dir="ltr"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <TextField
        id="new-password"
        label={{ ar: `كلمة المرور الجديدة (${MIN_PASSWORD_LENGTH} أحرف على الأقل)`, en: `New password (at least ${MIN_PASSWORD_LENGTH} characters)` }}
        type="password"
        dir="ltr"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        value={newPassword}
        onChange={(e) => setNew(e.target.value)}
      />
      <MutationError error={change.error} />
      <SubmitActions label={{ ar: "تغيير", en: "Change" }} disabled={change.isPending} />
    </form>
  );
}
