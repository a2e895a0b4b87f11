import type { BuiltInRole, PermissionDeclaration } from './permission.js';

/** Every permission the core and the enabled plugins declare, with their default roles. */
export class PermissionRegistry {
  private readonly byId = new Map<string, PermissionDeclaration & { owner: string }>();

  add(owner: string, declarations: PermissionDeclaration[]): void {
    for (const d of declarations) {
      const existing = this.byId.get(d.id);
      if (existing) throw new Error(`Permission "${d.id}" is declared by both ${existing.owner} and ${owner}`);
      this.byId.set(d.id, { ...d, owner });
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  all(): Array<PermissionDeclaration & { owner: string }> {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  defaultsFor(role: BuiltInRole): string[] {
    if (role === 'owner') return this.all().map((p) => p.id);
    return this.all().filter((p) => p.defaultRoles.includes(role)).map((p) => p.id);
  }
}
