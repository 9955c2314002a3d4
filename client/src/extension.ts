// The language client entry point; written in the client layer.
export function activate(): void {}
export function deactivate(): void {}
