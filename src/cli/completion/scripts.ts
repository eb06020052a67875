// The completion scripts for bash, zsh and fish. Each asks `woo __complete WORDS…` for the
// candidates, so the shell scripts stay small and the knowledge stays in one place.
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = `# woo: completion for bash. Install: woo completion bash > ~/.local/share/bash-completion/completions/woo
_woo() {
  local IFS=$'\\n'
  COMPREPLY=($(woo __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _woo woo
`;

const ZSH = `#compdef woo
# woo: completion for zsh. Install: woo completion zsh > "\${fpath[1]}/_woo" (then restart zsh)
_woo() {
  local -a candidates
  candidates=("\${(@f)$(woo __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if (( \${#candidates[@]} )) && [[ -n "\${candidates[1]}" ]]; then
    compadd -a candidates
  else
    _files
  fi
}
compdef _woo woo
`;

const FISH = `# woo: completion for fish. Install: woo completion fish > ~/.config/fish/completions/woo.fish
complete -c woo -f -a '(woo __complete -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`;

export function completionScript(shell: Shell): string {
  return { bash: BASH, zsh: ZSH, fish: FISH }[shell];
}
