/** How API names become command names: `OrgService` → `org`, `CreateOrg` → `create-org`, `org_id` → `--org-id`. */

export function serviceCommand(service: string): string {
  return kebab(service.slice(service.lastIndexOf('.') + 1).replace(/Service$/, ''));
}

export function methodCommand(method: string): string {
  return kebab(method);
}

export function fieldFlag(protoName: string): string {
  return protoName.replaceAll('_', '-');
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
