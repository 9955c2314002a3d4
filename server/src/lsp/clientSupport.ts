import type { ClientCapabilities } from 'vscode-languageserver/node';

/** What the connected editor said it can do; VS Code can do all of it, other editors may not. */
export interface ClientSupport {
  /** Answers `workspace/configuration`; otherwise settings come from `initialize` and `didChangeConfiguration`. */
  pullsConfiguration: boolean;
  /** Opens a URL on `window/showDocument`; otherwise the server tells the user the address. */
  showsDocuments: boolean;
}

/** Until `initialize` arrives nothing is assumed. */
export const NO_CLIENT_SUPPORT: ClientSupport = { pullsConfiguration: false, showsDocuments: false };

export function clientSupportOf(capabilities: ClientCapabilities): ClientSupport {
  return {
    pullsConfiguration: capabilities.workspace?.configuration === true,
    showsDocuments: capabilities.window?.showDocument?.support === true,
  };
}
