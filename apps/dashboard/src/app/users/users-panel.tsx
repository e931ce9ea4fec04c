"use client";

import { MIN_PASSWORD_LENGTH, USER_ROLES, type UserRoleName, type UserSummary } from "@marsad/schema/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../trpc/react";
import { HeaderRow, MutationError, SubmitActions, TextField } from "../_components/form-parts";
import { LocalTime } from "../_components/local-time";
import { LoadError, Loading } from "../_components/query-state";
import { T } from "../_components/t";

const ROLE_NAMES: Record<UserRoleName, { ar: string; en: string }> = {
  viewer: { ar: "قارئ", en: "viewer" },
  editor: { ar: "محرّر", en: "editor" },
  admin: { ar: "مدير", en: "admin" },
};

const USER_COLUMNS = [
  { ar: "المستخدم", en: "User" },
  { ar: "الدور", en: "Role" },
  { ar: "أُنشئ", en: "Created" },
  { ar: "الحالة", en: "State" },
  { ar: "كلمة المرور", en: "Password" },
];

function RoleOptions() {
  return USER_ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_NAMES[role].ar} / {ROLE_NAMES[role].en}
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
      {users.isError ? <LoadError what={{ ar: "المستخدمين", en: "the users" }} error={users.error} retry={() => void users.refetch()} /> : null}
      {users.data ? (
        <div className="panel table-wrap">
          <table className="data-table">
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
  return (
    <tr data-testid="user-row" data-username={user.username}>
      <td dir="ltr">{user.username}</td>
      <td>
        <select
          aria-label={`role of ${user.username}`}
          value={user.role}
          disabled={busy}
          onChange={(e) => change({ role: e.target.value as UserRoleName })}
        >
          <RoleOptions />
        </select>
      </td>
      <td>
        <LocalTime value={user.createdAt} />
      </td>
      <td>
        {user.disabledAt ? <T ar="معطّل" en="disabled" sep="/" /> : <T ar="مفعّل" en="enabled" sep="/" />}{" "}
        <button type="button" className="link-button" disabled={busy} onClick={() => change({ disabled: !user.disabledAt })}>
          {user.disabledAt ? <T ar="تفعيل" en="Enable" /> : <T ar="تعطيل" en="Disable" />}
        </button>
      </td>
      <td>
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
              <span className="visually-hidden">New password for {user.username}</span>
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
              <T ar="حفظ" en="Save" />
            </button>
          </form>
        ) : (
          <button type="button" onClick={() => setSettingPassword(true)}>
            <T ar="تعيين كلمة مرور" en="Set password" />
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
        <T ar="مستخدم جديد" en="New user" />
      </h2>
      <div className="field-row">
        <TextField
          id="new-username"
          label={{ ar: "اسم المستخدم", en: "Username" }}
          dir="ltr"
          autoComplete="off"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          id="new-user-password"
          label={{ ar: `كلمة المرور (${MIN_PASSWORD_LENGTH} أحرف على الأقل)`, en: `Password (at least ${MIN_PASSWORD_LENGTH} characters)` }}
          type="password"
          dir="ltr"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="field">
          <label htmlFor="new-user-role">
            <T ar="الدور" en="Role" sep="/" />
          </label>
          <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as UserRoleName)}>
            <RoleOptions />
          </select>
        </div>
      </div>
      <MutationError error={create.error} />
      {create.data ? (
        <p className="muted" role="status" data-testid="user-created">
          <T ar={`أُنشئ المستخدم ${create.data.username}`} en={`Created ${create.data.username}`} />
        </p>
      ) : null}
      <SubmitActions label={{ ar: "إنشاء", en: "Create" }} disabled={create.isPending} />
    </form>
  );
}
