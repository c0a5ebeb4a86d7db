/** Not built yet: see README.md in this folder. */
export {};
