"use client";

import { MIN_PASSWORD_LENGTH, USER_ROLES, type UserRoleName, type UserSummary } from "@marsad/schema/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../trpc/react";
import { HeaderRow, MutationError, SubmitActions, TextField } from "../_components/form-parts";
import { LocalTime } from "../_components/local-time";
import { LoadError, Loading } from "../_components/query-state";
import type { Label } from "../../i18n/message-key";
import { T, useText } from "../_components/t";

const USER_COLUMNS: Label[] = [
  { k: "users.usersPanel.user" },
  { k: "users.usersPanel.role" },
  { k: "users.usersPanel.created" },
  { k: "users.usersPanel.state" },
  { k: "users.usersPanel.password" },
];

function RoleOptions() {
  const say = useText();
  return USER_ROLES.map((role) => (
    <option key={role} value={role}>
      {say(`enums.role.${role}`)}
    </option>
  ));
}

export function UsersPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.users.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.users.list.pathFilter());
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess: refresh }));

  return (
    <>
      <CreateUser onCreated={refresh} />
      <MutationError error={update.error} />
      {users.isPending ? <Loading /> : null}
      {users.isError ? <LoadError what={{ k: "users.usersPanel.theUsers" }} error={users.error} retry={() => void users.refetch()} /> : null}
      {users.data ? (
        <div className="panel table-wrap">
          {/* One card per user on a phone, each value under its column's name (data-label). */}
          <table className="data-table stacked-on-phone">
            <HeaderRow columns={USER_COLUMNS} />
            <tbody>
              {users.data.map((user) => (
                <UserRow key={user.id} user={user} busy={update.isPending} change={(change) => update.mutate({ id: user.id, ...change })} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

function UserRow({
  user,
  busy,
  change,
}: {
  user: UserSummary;
  busy: boolean;
  change: (change: { role?: UserRoleName; disabled?: boolean; password?: string }) => void;
}) {
  const [settingPassword, setSettingPassword] = useState(false);
  const [password, setPassword] = useState("");
  const say = useText();
  return (
    <tr data-testid="user-row" data-username={user.username}>
      <td className="identifier" data-label={say(USER_COLUMNS[0]!.k)}>
        <bdi dir="ltr">{user.username}</bdi>
      </td>
      <td data-label={say(USER_COLUMNS[1]!.k)}>
        <select
          aria-label={say("users.usersPanel.roleOf", { name: user.username })}
          value={user.role}
          disabled={busy}
          onChange={(e) => change({ role: e.target.value as UserRoleName })}
        >
          <RoleOptions />
        </select>
      </td>
      <td data-label={say(USER_COLUMNS[2]!.k)}>
        <LocalTime value={user.createdAt} />
      </td>
      <td data-label={say(USER_COLUMNS[3]!.k)}>
        <span>
          {user.disabledAt ? <T k="users.usersPanel.disabled" sep="/" /> : <T k="users.usersPanel.enabled" sep="/" />}{" "}
          <button type="button" className="link-button" disabled={busy} onClick={() => change({ disabled: !user.disabledAt })}>
            {user.disabledAt ? <T k="users.usersPanel.enable" /> : <T k="users.usersPanel.disable" />}
          </button>
        </span>
      </td>
      <td data-label={say(USER_COLUMNS[4]!.k)}>
        {settingPassword ? (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              change({ password });
              setSettingPassword(false);
              setPassword("");
            }}
          >
            <label>
              <span className="visually-hidden">
                <T k="users.usersPanel.newPasswordFor" values={{ name: user.username }} />
              </span>
              <input
                type="password"
                dir="ltr"
                autoComplete="new-password"
                minLength={MIN_PASSWORD_LENGTH}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </label>
            <button type="submit">
              <T k="users.usersPanel.save" />
            </button>
          </form>
        ) : (
          <button type="button" onClick={() => setSettingPassword(true)}>
            <T k="users.usersPanel.setPassword" />
          </button>
        )}
      </td>
    </tr>
  );
}

function CreateUser({ onCreated }: { onCreated: () => Promise<void> }) {
  const trpc = useTRPC();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<UserRoleName>("viewer");
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async () => {
        setUsername("");
        setPassword("");
        await onCreated();
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ username, password, role });
  }

  return (
    <form className="panel form" onSubmit={onSubmit} noValidate>
      <h2>
        <T k="users.usersPanel.newUser" />
      </h2>
      <div className="field-row aligned-fields">
        <TextField
          id="new-username"
          label={{ k: "users.usersPanel.username" }}
          dir="ltr"
          autoComplete="off"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          id="new-user-password"
          label={{ k: "users.usersPanel.passwordAtLeast", values: { min: MIN_PASSWORD_LENGTH } }}
          type="password"
          dir="ltr"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="field">
          <label htmlFor="new-user-role">
            <T k="users.usersPanel.role" sep="/" />
          </label>
          <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as UserRoleName)}>
            <RoleOptions />
          </select>
        </div>
      </div>
      <MutationError error={create.error} />
      {create.data ? (
        <p className="muted" role="status" data-testid="user-created">
          <T k="users.usersPanel.createdUser" values={{ name: create.data.username }} />
        </p>
      ) : null}
      <SubmitActions label={{ k: "users.usersPanel.create" }} disabled={create.isPending} />
    </form>
  );
}
