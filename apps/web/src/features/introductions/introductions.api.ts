import type {
  BuyerView,
  IntroductionListQuery,
  IntroductionOutcome,
  IntroductionStatus,
  IntroductionSummaryView,
  IntroductionView,
  ProposeIntroductionBody,
} from '@bitd/domain';
import { json, jsonBody, query } from '../../api/client';

const path = (id: string, action = '') =>
  `/introductions/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
const post = (id: string, action: string, body: unknown = {}) =>
  json<IntroductionView>(path(id, action), jsonBody('POST', body));

/** `/api/v1/introductions`: introductions brokered by region agents. */
export const introductionsApi = {
  list(params: Partial<IntroductionListQuery>, signal?: AbortSignal): Promise<IntroductionSummaryView[]> {
    return json(`/introductions${query({ ...params })}`, { signal });
  },
  get(id: string, signal?: AbortSignal): Promise<IntroductionView> {
    return json(path(id), { signal });
  },
  propose(body: ProposeIntroductionBody): Promise<IntroductionView> {
    return json('/introductions', jsonBody('POST', body));
  },
  take: (id: string) => post(id, 'take'),
  accept: (id: string) => post(id, 'accept'),
  decline: (id: string, reason?: string) => post(id, 'decline', reason ? { reason } : {}),
  planMeeting: (id: string, date: string) => post(id, 'meeting', { date }),
  recordOutcome: (id: string, outcome: IntroductionOutcome, date: string) =>
    post(id, 'outcome', { outcome, date }),
  addNote: (id: string, body: string, isPrivate: boolean) => post(id, 'notes', { body, private: isPrivate }),
  /** Buyer organisations, for an agent naming the buyer of an introduction. */
  buyers(signal?: AbortSignal): Promise<BuyerView[]> {
    return json('/buyers', { signal });
  },
  /** An agent moves the card on the board (the API applies the same rules as every other action). */
  moveTo: (id: string, status: IntroductionStatus, date?: string) =>
    post(id, 'status', date ? { status, date } : { status }),
};
