import type { TextlintRuleModule } from '@textlint/types';
import testerModule from 'textlint-tester';

/**
 * textlint-tester is CommonJS with `exports.default`: Node's loader hands over the exports object,
 * Vite's interop the class itself. Take the class either way.
 */
const TextLintTester = (
  'default' in testerModule ? testerModule.default : testerModule
) as typeof testerModule.default;
type Cases = Parameters<InstanceType<typeof TextLintTester>['run']>[2];

/**
 * Runs textlint-tester on a rule. The latest textlint-tester (15.5.4) is typed against
 * @textlint/types 15.5.4 while the rules use 15.8.0 (the kernel the checker runs); the shapes are
 * the same at runtime, so the rule is passed through one cast here rather than in every test.
 */
export function runRuleTests<T extends object>(
  name: string,
  rule: TextlintRuleModule<T>,
  cases: Cases,
): void {
  new TextLintTester().run(
    name,
    rule as unknown as Parameters<InstanceType<typeof TextLintTester>['run']>[1],
    cases,
  );
}
