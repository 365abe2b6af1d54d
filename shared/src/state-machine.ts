/** A status machine: for each status, the statuses it may become. Nothing else is allowed. */
export interface StateMachine<S extends string> {
  /** What the machine is about, as a person says it ("registration", "MDF request"). */
  readonly subject: string;
  readonly transitions: Readonly<Record<S, readonly S[]>>;
}

export function canTransition<S extends string>(machine: StateMachine<S>, from: S, to: S): boolean {
  return machine.transitions[from].includes(to);
}
