// Replace-on-resubmit: a participant may change their answer; only the last one counts.

export interface Sequenced {
	participantId: string;
	/** Increases per submission (server counter); the highest wins. Ties: the later in the list. */
	sequence: number;
}

/** The last submission of each participant, in order of first appearance. */
export function latestPerParticipant<T extends Sequenced>(submissions: readonly T[]): T[] {
	const last = new Map<string, T>();
	for (const s of submissions) {
		const prev = last.get(s.participantId);
		if (!prev || s.sequence >= prev.sequence) last.set(s.participantId, s);
	}
	return [...last.values()];
}
