export { hashPassword, verifyPassword } from "./password";
export { hashSecretToken, newSecretToken } from "./secret-token";
export { OPEN_ACCESS, may, refusal, roleNeeded, sessionRefusal, type Access, type Permission } from "./permissions";
export {
  apiTokenPrincipal,
  InvalidCredentialsError,
  sessionPrincipal,
  SESSION_TTL_MS,
  signIn,
  signOut,
} from "./sessions";
export {
  AccountError,
  changeOwnPassword,
  changeUser,
  createApiToken,
  createUser,
  ensureFirstAdmin,
  firstAdminFromEnv,
} from "./accounts";
