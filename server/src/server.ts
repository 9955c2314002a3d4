// The language server entry point; written in the LSP layer.
export {};
