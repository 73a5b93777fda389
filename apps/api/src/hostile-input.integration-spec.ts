import type { ApiErrorBody } from '@bitd/domain';
import { TestApi, startTestApi } from './testing/test-api';

/** 36 characters of hex digits and hyphens that are not a UUID: PostgreSQL refuses them as one. */
const NOT_A_UUID = '0123456789abcdef0123456789abcdef-123';

describe('hostile input: malformed ids answer 404, never 500', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it.each([
    ['GET', `/api/v1/suppliers/${NOT_A_UUID}`],
    ['PATCH', `/api/v1/suppliers/${NOT_A_UUID}`],
    ['DELETE', `/api/v1/suppliers/${NOT_A_UUID}`],
    ['GET', `/api/v1/suppliers/${NOT_A_UUID}/matches`],
    ['GET', `/api/v1/suppliers/${'-'.repeat(36)}`],
    ['GET', `/api/v1/opportunities/${NOT_A_UUID}`],
    ['PATCH', `/api/v1/opportunities/${NOT_A_UUID}`],
    ['POST', `/api/v1/opportunities/${NOT_A_UUID}/publish`],
    ['GET', `/api/v1/opportunities/${NOT_A_UUID}/matches`],
    ['GET', `/api/v1/opportunities/${NOT_A_UUID}/consortia`],
  ])('%s %s answers 404', async (method, path) => {
    const res = await api.json<ApiErrorBody>(
      method,
      path,
      method === 'PATCH' ? { description: 'x' } : undefined,
    );
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
