// Unique ids for the glossary pop-ups of <Term>, so one page may link the same term more than once.

let issued = 0;

/** A fresh id for the pop-up of term `termId`, unique within the build. */
export function nextTermPopupId(termId: string): string {
	issued += 1;
	return `term-${termId}-${String(issued)}`;
}
