import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { savedSearchCreateSchema, savedSearchUpdateSchema } from '@bitd/domain';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import type { Actor } from '../common/actor';
import { parseNamed } from '../common/named-fields';
import { SavedSearchesService } from './saved-searches.service';

/** How the fields of a saved search are called in messages. */
const FIELDS = {
  name: { fr: 'nom de la recherche', en: 'search name' },
  query: { fr: 'critères de recherche', en: 'search criteria' },
  alerts: { fr: 'alertes', en: 'alerts' },
};

@ApiTags('saved-searches')
@SignedIn()
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Get()
  @ApiOperation({ summary: 'My saved supplier searches, newest first' })
  list(@CurrentActor() actor: Actor) {
    return this.savedSearches.list(actor);
  }

  @Post()
  @ApiOperation({
    summary:
      'Saves a supplier search: name (≤ 120), query (the search page query string, ≤ 2,000; page and sort left out), alerts',
  })
  create(@Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.savedSearches.create(parseNamed(savedSearchCreateSchema, body, FIELDS), actor);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Renames a saved search, changes its query or turns its alerts on or off' })
  update(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.savedSearches.update(id, parseNamed(savedSearchUpdateSchema, body, FIELDS), actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Deletes a saved search' })
  async remove(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.savedSearches.remove(id, actor);
  }
}
