// Types JSX elements in .astro templates for typed linting: Astro leaves them `any` so that several
// JSX frameworks can coexist, which typescript-eslint's no-unsafe-* rules reject in every `.map()`.
import 'astro/astro-jsx';

declare global {
	namespace JSX {
		type Element = HTMLElement;
	}
}
