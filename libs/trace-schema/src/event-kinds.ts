import { EVENT_KINDS, type EventKindDescriptor, type EventType } from './generated/event-types';

const BY_TYPE = new Map<string, EventKindDescriptor>(EVENT_KINDS.map((k) => [k.type, k]));
const BY_ID = new Map<number, EventKindDescriptor>(EVENT_KINDS.map((k) => [k.id, k]));
const BY_PROPERTY = new Map<string, EventKindDescriptor>(EVENT_KINDS.map((k) => [k.property, k]));

export function kindOfType(type: EventType): EventKindDescriptor {
  const kind = BY_TYPE.get(type);
  if (kind === undefined) throw new RangeError(`unknown event type ${type}`);
  return kind;
}

export function kindOfId(id: number): EventKindDescriptor | undefined {
  return BY_ID.get(id);
}

export function kindOfProperty(property: string): EventKindDescriptor | undefined {
  return BY_PROPERTY.get(property);
}
