import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access/access.decorators';
import { QueueService } from '../queue/queue.service';
import { SearchIndexerService } from './search-indexer.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin')
export class SearchAdminController {
  constructor(
    private readonly indexer: SearchIndexerService,
    private readonly queues: QueueService,
  ) {}

  @Post('search/reindex')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rebuild the suppliers index into a new index and swap it in atomically' })
  reindex() {
    return this.indexer.reindex('suppliers');
  }

  @Post('search/check-index')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Compare PostgreSQL with the index (missing, stale, extra) and repair unless ?repair=false',
  })
  checkIndex(@Query('repair') repair: string | undefined) {
    return this.indexer.checkSuppliers(repair !== 'false');
  }

  @Get('queues')
  @ApiOperation({ summary: 'Waiting, active, delayed, failed and completed jobs per queue' })
  queuesState() {
    return this.queues.states();
  }

  @Get('queues/:name/failed')
  @ApiOperation({ summary: 'The failed jobs of a queue, with their reason' })
  failed(@Param('name') name: string) {
    return this.queues.failedJobs(name);
  }

  @Post('queues/:name/retry-failed')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retry every failed job of a queue' })
  async retry(@Param('name') name: string) {
    return { retried: await this.queues.retryFailed(name) };
  }
}
