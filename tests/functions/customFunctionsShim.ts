/**
 * CustomFunctions.Error and ErrorCode exist only inside Excel's custom-functions runtime (not in node,
 * not even in a browser with office.js loaded), so the tests install a faithful stand-in.
 */
export class ShimError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
} as const;

export function installCustomFunctionsShim(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: ShimError, ErrorCode, associate: () => undefined };
}
