import { Module } from '@nestjs/common';
import { ImportsModule, PlatformModule, SearchModule, SuppliersModule } from '@bitd/server';

@Module({ imports: [PlatformModule, ImportsModule, SuppliersModule, SearchModule] })
export class CliModule {}
