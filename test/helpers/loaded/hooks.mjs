// A module hook (node --import ./register.mjs) that prints to stderr every package a process loads.
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const at = resolved.url.lastIndexOf("/node_modules/");
  if (at >= 0) {
    const [scope, name] = resolved.url.slice(at + "/node_modules/".length).split("/");
    process.stderr.write(`LOADED ${scope?.startsWith("@") ? `${scope}/${name}` : scope}\n`);
  }
  return resolved;
}
