import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { Training } from '../training.entity';

@ObjectType()
export class TrainingConnection extends ConnectionType(Training) {}
