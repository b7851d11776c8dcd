/** How long a 「已复制」 notice stays: long enough to read, gone before it is in the way or misleads about a later copy. */
export const COPIED_NOTICE_MS = 2500;

/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context; pages opened
 * over plain http (a 老促会's intranet server) fall back to a hidden textarea and execCommand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
