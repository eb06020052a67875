// Placeholders in usage lines and command terms, in Dutch; replaced before commander measures the
// columns of --help, and in the manual page.
export const dutchTerm = (term: string) => term.replace('[options]', '[opties]').replace('[command]', '[opdracht]');
