import { Module } from '@nestjs/common';
import { ImportsModule, PlatformModule, SuppliersModule } from '@bitd/server';

@Module({ imports: [PlatformModule, ImportsModule, SuppliersModule] })
export class CliModule {}
