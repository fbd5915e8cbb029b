/** The part of logic-solver's API the prover uses (the package ships no types). */
declare module 'logic-solver' {
  type Formula = unknown;
  interface Solution {
    getTrueVars(): string[];
  }
  interface Solver {
    require(...formulas: Formula[]): void;
    getVarNum(name: string): number;
    solve(): Solution | null;
    solveAssuming(assumption: Formula): Solution | null;
    minimizeWeightedSum(solution: Solution, formulas: Formula[], weights: number | number[]): Solution;
  }
  const Logic: {
    readonly TRUE: Formula;
    readonly FALSE: Formula;
    not(operand: Formula): Formula;
    and(...operands: Formula[]): Formula;
    or(...operands: Formula[]): Formula;
    Solver: new () => Solver;
  };
  export default Logic;
}
