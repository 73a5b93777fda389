import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ImportsController } from './imports.controller';
import { SupplierExportService } from './supplier-export.service';
import { SupplierImportService } from './supplier-import.service';
import { UploadSizeMiddleware } from './upload-size.middleware';

@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: memoryStorage(),
        limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1 },
      }),
    }),
  ],
  controllers: [ImportsController],
  providers: [SupplierImportService, SupplierExportService],
  exports: [SupplierImportService, SupplierExportService],
})
export class ImportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(UploadSizeMiddleware).forRoutes({ path: 'imports/*path', method: RequestMethod.POST });
  }
}
