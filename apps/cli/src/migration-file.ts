/** Source of a new migration file, in the shape `npm run migration:generate` writes. */
export function migrationSource(name: string, timestamp: number, up: string[], down: string[]): string {
  const className = `${name}${timestamp}`;
  const lines = (queries: string[]) => queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}

export function assertMigrationName(name: string | undefined): string {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Name the migration after what it does, in PascalCase, e.g. `npm run migration:generate -- AddActivityStatus`');
  }
  return name;
}
