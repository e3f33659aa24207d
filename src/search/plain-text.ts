// Search indexes what a reader sees, not the MDX that produces it: markup would put "https",
// "import" and heading hashes into the vocabulary.

/** The readable text of a Markdown or MDX body: no frontmatter, imports, tags, link targets or markup. */
export function markdownToText(source: string): string {
  return (
    source
      .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
      // fenced code blocks stay as text (commands are worth finding), their fences go
      .replace(/^\s*(```|~~~).*$/gm, '')
      .replace(/^\s*(import|export)\s.*$/gm, '')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      // images keep their alt text, links their text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s{0,3}>\s?/gm, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
      .replace(/\|/g, ' ')
      .replace(/(\*\*|\*|~~|`)(?=\S)([\s\S]*?\S)\1/g, '$2')
      // underscores only at word edges: snake_case identifiers keep theirs
      .replace(/(?<!\w)(__?)(?=\S)([\s\S]*?\S)\1(?!\w)/g, '$2')
      .replace(/`/g, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim()
  );
}
