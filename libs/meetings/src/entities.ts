export * from './action-item.entity';
export * from './meeting-parts.entity';
export * from './meeting.entity';
