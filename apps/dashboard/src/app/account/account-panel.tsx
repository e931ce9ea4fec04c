"use client";

import { MIN_PASSWORD_LENGTH } from "@marsad/schema/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../trpc/react";
import { HeaderRow, MutationError, SubmitActions, TextField } from "../_components/form-parts";
import { LocalTime } from "../_components/local-time";
import { LoadError, Loading } from "../_components/query-state";
import type { Label } from "../../i18n/message-key";
import { T, useText } from "../_components/t";

export function AccountPanel() {
  const trpc = useTRPC();
  const me = useQuery(trpc.account.me.queryOptions());
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError what={{ k: "account.accountPanel.theAccount" }} error={me.error} retry={() => void me.refetch()} />;
  if (me.data.kind !== "user")
    return (
      <p className="panel muted">
        <T k="account.accountPanel.noAccountThereAreNo" />
      </p>
    );
  return (
    <>
      <p className="lead">
        <span dir="ltr">{me.data.username}</span> · <span data-testid="account-role">
          <T k={`enums.role.${me.data.role}`} />
        </span>
      </p>
      <ApiTokens />
      <ChangePassword />
    </>
  );
}

const TOKEN_COLUMNS: Label[] = [
  { k: "account.accountPanel.name" },
  { k: "account.accountPanel.startsWith" },
  { k: "account.accountPanel.created" },
  { k: "account.accountPanel.lastUsed" },
  { k: "account.accountPanel.state" },
];

function ApiTokens() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const say = useText();
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
        <T k="account.accountPanel.apiTokens" />
      </h2>
      <p className="muted">
        <T
          k="account.accountPanel.aTokenActsWithYour"
        />
      </p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          id="token-name"
          label={{ k: "account.accountPanel.tokenNameWhatWillUse" }}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={100}
          required
        />
        <MutationError error={create.error} />
        <SubmitActions label={{ k: "account.accountPanel.createToken" }} disabled={create.isPending} />
      </form>
      {create.data ? (
        <div className="new-token" role="status">
          <p>
            <T k="account.accountPanel.copyTheTokenNowIt" />
          </p>
          <code dir="ltr" data-testid="new-token">
            {create.data.token}
          </code>
        </div>
      ) : null}
      <MutationError error={revoke.error} />
      {tokens.isPending ? <Loading /> : null}
      {tokens.isError ? <LoadError what={{ k: "account.accountPanel.theTokens" }} error={tokens.error} retry={() => void tokens.refetch()} /> : null}
      {tokens.data?.length === 0 ? (
        <p className="muted">
          <T k="account.accountPanel.noTokensYet" />
        </p>
      ) : null}
      {tokens.data?.length ? (
        // One card per token on a phone, each value under its column's name (data-label).
        <table className="data-table stacked-on-phone">
          <HeaderRow columns={TOKEN_COLUMNS} />
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id} data-testid="token-row">
                <td data-label={say(TOKEN_COLUMNS[0]!.k)}>
                  <bdi>{token.name}</bdi>
                </td>
                <td data-label={say(TOKEN_COLUMNS[1]!.k)}>
                  <code dir="ltr">{token.prefix}…</code>
                </td>
                <td data-label={say(TOKEN_COLUMNS[2]!.k)}>
                  <LocalTime value={token.createdAt} />
                </td>
                <td data-label={say(TOKEN_COLUMNS[3]!.k)}>
                  {token.lastUsedAt ? <LocalTime value={token.lastUsedAt} /> : <T k="account.accountPanel.neverUsed" />}
                </td>
                <td data-label={say(TOKEN_COLUMNS[4]!.k)}>
                  {token.revokedAt ? (
                    <T k="account.accountPanel.revoked" sep="/" />
                  ) : (
                    <span className="token-state">
                      <T k="account.accountPanel.active" sep="/" />
                      <button type="button" onClick={() => revoke.mutate({ id: token.id })} disabled={revoke.isPending}>
                        <T k="account.accountPanel.revoke" />
                      </button>
                    </span>
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
        <T k="account.accountPanel.changePassword" />
      </h2>
      <TextField
        id="current-password"
        label={{ k: "account.accountPanel.currentPassword" }}
        type="password"
        dir="ltr"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <TextField
        id="new-password"
        label={{ k: "account.accountPanel.newPasswordAtLeast", values: { min: MIN_PASSWORD_LENGTH } }}
        type="password"
        dir="ltr"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        value={newPassword}
        onChange={(e) => setNew(e.target.value)}
      />
      <MutationError error={change.error} />
      <SubmitActions label={{ k: "account.accountPanel.change" }} disabled={change.isPending} />
    </form>
  );
}
