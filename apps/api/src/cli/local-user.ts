import { userInfo } from "node:os";

/** Who runs the CLI, for the versions it records: the login name, or the environment's. */
export function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    // No entry in the password database (a container's random uid).
    return process.env.USER ?? process.env.LOGNAME ?? "local";
  }
}
