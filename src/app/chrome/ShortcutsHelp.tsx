/**
 * The `?` overlay: every keyboard shortcut of the page in one modal dialog. A native <dialog>
 * opened with showModal() traps focus, closes on Escape and hands focus back to the opener.
 */
import { useEffect, useRef } from 'react';

export interface ShortcutRow {
  keys: string[];
  what: string;
}

export interface ShortcutsHelpProps {
  open: boolean;
  rows: readonly ShortcutRow[];
  title: string;
  closeLabel: string;
  note?: string;
  onClose(): void;
}

export function ShortcutsHelp({ open, rows, title, closeLabel, note, onClose }: ShortcutsHelpProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) {
      d.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref} className="shortcuts" data-testid="shortcuts-help" aria-labelledby="shortcuts-title"
      onClose={onClose} onCancel={onClose}
      onClick={(e) => { if (e.target === ref.current) onClose(); }}
    >
      <div className="shortcuts-body">
        <h2 id="shortcuts-title">{title}</h2>
        <table>
          <tbody>
            {rows.map((r) => (
              <tr key={r.keys.join() + r.what}>
                <th scope="row">{r.keys.map((k, i) => <span key={k}>{i > 0 && ' '}<kbd>{k}</kbd></span>)}</th>
                <td>{r.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {note && <p className="shortcuts-note">{note}</p>}
        <button type="button" data-testid="shortcuts-close" onClick={onClose} autoFocus>{closeLabel}</button>
      </div>
    </dialog>
  );
}
