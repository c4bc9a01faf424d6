// High contrast for reading in sunlight: follows the system's "increase contrast" setting until the user
// chooses, then remembers the choice on this device. The CSS reads `<html data-contrast>`, which
// src/app.html also sets before the first paint so the page never flashes the other theme.
import { createContext } from 'svelte';
import { MediaQuery } from 'svelte/reactivity';

export const CONTRAST_STORAGE_KEY = 'nuanxin.contrast';
export type ContrastPreference = 'auto' | 'high' | 'standard';

export class Contrast {
	preference: ContrastPreference = $state('auto');
	#system = new MediaQuery('prefers-contrast: more');

	constructor(preference: ContrastPreference = 'auto') {
		this.preference = preference;
	}

	static fromStorage(storage: Pick<Storage, 'getItem'> | undefined): Contrast {
		let stored: string | null = null;
		try {
			stored = storage?.getItem(CONTRAST_STORAGE_KEY) ?? null;
		} catch {
			// storage blocked: follow the system
		}
		return new Contrast(stored === 'high' || stored === 'standard' ? stored : 'auto');
	}

	get high(): boolean {
		return this.preference === 'high' || (this.preference === 'auto' && this.#system.current);
	}

	toggle(storage?: Pick<Storage, 'setItem'>, root?: HTMLElement): void {
		this.preference = this.high ? 'standard' : 'high';
		try {
			storage?.setItem(CONTRAST_STORAGE_KEY, this.preference);
		} catch {
			// not remembered, still applied
		}
		if (root) root.dataset.contrast = this.preference;
	}
}

export const [getContrast, setContrast] = createContext<Contrast>();
