import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';

/**
 * Shows a message that needs no answer. The library's `window.show…Message` are requests, which
 * some editors (Neovim 0.7, for one) turn into a prompt that blocks until the user picks an
 * action, even when there is none to pick; a notification only shows the text.
 */
export function notifyUser(connection: Connection, type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

export { MessageType };
