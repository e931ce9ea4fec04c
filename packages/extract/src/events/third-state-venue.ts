/**
 * A happening between the people or states of two (or more) states, held in a third one's city
 * ("التقى وزير الخارجية السوداني في جدة المبعوث الأمريكي", "Armenia and Azerbaijan initialled a
 * draft in Washington"): the host lent the room and is no party to it, so its state is not one of
 * the event's states. A visit is the exception: the state visited is the visit's other side.
 */
export function venueStateIsParty(parties: readonly string[], venueState: string, type: string): boolean {
  if (type === "visit" || parties.includes(venueState)) return true;
  return parties.length < 2;
}
