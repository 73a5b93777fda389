import { Module } from '@nestjs/common';
import {
  ImportsModule,
  OpportunitiesModule,
  PlatformModule,
  SearchModule,
  SuppliersModule,
} from '@bitd/server';

@Module({ imports: [PlatformModule, ImportsModule, SuppliersModule, SearchModule, OpportunitiesModule] })
export class CliModule {}
