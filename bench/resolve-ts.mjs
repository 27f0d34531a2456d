// Node module hook: resolves extensionless relative imports to .ts files, so Node 24 can run the
// TypeScript sources (it strips their types) without a build step.
const HAS_EXTENSION = /\.[cm]?[jt]s$/;

/** @type {import('node:module').ResolveHook} */
export const resolve = async (specifier, context, next) => {
	try {
		return await next(specifier, context);
	} catch (error) {
		if (specifier.startsWith('.') && !HAS_EXTENSION.test(specifier)) {
			return next(`${specifier}.ts`, context);
		}
		throw error;
	}
};
