import { RELATION_ENDPOINTS, RELATION_KINDS, type PartyKind, type RelationKind } from '../../../../common/contracts/directory.ts';

export interface RelationOption {
  /** Stable value for a select, also the catalog key of its label: `employment_to_person`. */
  value: string;
  kind: RelationKind;
  /** Which end of the relation the current party takes. */
  side: 'from' | 'to';
  otherKind: PartyKind;
}

/** Relations that read the same both ways; offering both directions would record duplicates. */
const SYMMETRIC: ReadonlySet<RelationKind> = new Set(['family', 'co_authorship', 'partnership']);

/**
 * The relations a party can enter from its own page, as the contract's endpoint table allows:
 * each kind, the end the party stands at and the kind of party at the other end.
 */
export function relationOptions(current: PartyKind): RelationOption[] {
  const options: RelationOption[] = [];
  for (const kind of RELATION_KINDS) {
    const endpoints = RELATION_ENDPOINTS[kind];
    if (endpoints.from.includes(current)) {
      for (const otherKind of endpoints.to) {
        options.push({ value: `${kind}_from_${otherKind}`, kind, side: 'from', otherKind });
      }
    }
    if (endpoints.to.includes(current)) {
      for (const otherKind of endpoints.from) {
        if (SYMMETRIC.has(kind) && endpoints.to.includes(otherKind) && endpoints.from.includes(current)) {
          continue;
        }
        options.push({ value: `${kind}_to_${otherKind}`, kind, side: 'to', otherKind });
      }
    }
  }
  return options;
}

/** The body of `POST /relations` for an option, the current party and the party chosen. */
export function relationEnds(option: RelationOption, current: { kind: PartyKind; id: string }, otherId: string) {
  const other = { kind: option.otherKind, id: otherId };
  const [from, to] = option.side === 'from' ? [current, other] : [other, current];
  return { kind: option.kind, fromKind: from.kind, fromId: from.id, toKind: to.kind, toId: to.id };
}
